// The production manifest from the development one: every https://localhost:3000 becomes the
// firm's host, and WebApplicationInfo (legacy SSO fallback) is added as the last child of
// VersionOverrides 1.1. Pure: text in, text out (scripts/build-manifest.ts does the files).
import { SSO_SCOPES } from '../test/manifest/rules-web-app';

export const DEV_ORIGIN = 'https://localhost:3000';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The closing tags of the nested VersionOverrides 1.1 and of its parent 1.0, at the end of the file. */
const NESTED_CLOSE = /(\n[ \t]*)<\/VersionOverrides>(\s*<\/VersionOverrides>\s*<\/OfficeApp>\s*)$/;

export interface ProductionOptions {
  /** https origin the firm serves Onus from, e.g. https://onus.firm.example */
  readonly host: string;
  /** Application (client) ID of the firm's Onus app registration. */
  readonly clientId: string;
}

/** Problems with the options, in words an IT person can act on; empty when usable. */
export function optionProblems({ host, clientId }: ProductionOptions): string[] {
  const problems: string[] = [];
  let url: URL | undefined;
  try {
    url = new URL(host);
  } catch {
    url = undefined;
  }
  if (!url || url.protocol !== 'https:' || url.origin !== host.replace(/\/+$/, '')) {
    problems.push(`--host "${host}" must be an https origin with no path, e.g. https://onus.firm.example (Outlook loads add-ins only over https).`);
  } else if (/^(localhost|127\.|\[::1\])/.test(url.hostname)) {
    problems.push(`--host "${host}" is this machine; use the address people's Outlook reaches Onus at.`);
  }
  if (!GUID.test(clientId)) problems.push(`--client-id "${clientId}" must be a GUID: the Application (client) ID on the app registration's Overview page in the Microsoft Entra admin center.`);
  return problems;
}

export function productionManifest(devXml: string, options: ProductionOptions): string {
  const problems = optionProblems(options);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const origin = new URL(options.host).origin;
  const clientId = options.clientId.toLowerCase();
  const withHost = devXml.split(DEV_ORIGIN).join(origin);
  if (/<WebApplicationInfo>/.test(withHost)) throw new Error('manifest.xml already has a <WebApplicationInfo>; the build adds it, so remove it from the development manifest.');
  const match = NESTED_CLOSE.exec(withHost);
  if (!match) throw new Error('manifest.xml does not end with the nested VersionOverrides 1.1 inside VersionOverrides 1.0; the build cannot place <WebApplicationInfo>.');
  const indent = match[1] ?? '\n';
  const inner = `${indent}  `;
  const info = [
    `${inner}<WebApplicationInfo>`,
    `${inner}  <Id>${clientId}</Id>`,
    `${inner}  <Resource>api://${new URL(origin).host}/${clientId}</Resource>`,
    `${inner}  <Scopes>`,
    ...SSO_SCOPES.map((s) => `${inner}    <Scope>${s}</Scope>`),
    `${inner}  </Scopes>`,
    `${inner}</WebApplicationInfo>`,
  ].join('');
  return withHost.slice(0, match.index) + info + match[0];
}
