// WebApplicationInfo: what Office's legacy SSO (getAccessToken, the fallback where Nested App
// Authentication is unavailable) needs to request a token for our API. Optional in the localhost
// development manifest (demo mode); required in a production manifest (scripts/build-manifest.ts).
// Nested App Authentication itself needs nothing in the manifest: the pane checks NestedAppAuth 1.1 at runtime.
import { overridesScopes, resourcesOf, type ManifestRule } from './rule-types';
import { childNamed, childrenNamed, descendantsNamed } from './xml-tree';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Scopes the add-in asks Office for: sign-in only; Graph is reached by the server (on-behalf-of, app-only). */
export const SSO_SCOPES = ['openid', 'profile'] as const;

/** Host (and port) of the task pane URL in VersionOverrides 1.1, which the Resource must name. */
function paneHost(scope: ReturnType<typeof overridesScopes>[number] | undefined): string | undefined {
  const url = scope ? resourcesOf(scope).find(({ kind, el }) => kind === 'Urls' && el.attrs.id === 'Taskpane.Url')?.el.attrs.DefaultValue : undefined;
  try {
    return url ? new URL(url).host : undefined;
  } catch {
    return undefined;
  }
}

export const webApplicationInfo: ManifestRule = {
  id: 'web-application-info',
  title: 'WebApplicationInfo (SSO): last child of VersionOverrides 1.1, client id GUID, Resource api://<pane host>/<client id>, openid + profile',
  check: (ctx) => {
    const all = descendantsNamed(ctx.root, 'WebApplicationInfo');
    const nested = overridesScopes(ctx.root)[1];
    if (all.length === 0) {
      return ctx.requireWebApplicationInfo
        ? ['There is no <WebApplicationInfo>: Outlook versions without Nested App Authentication cannot sign in to Onus. Build the production manifest with `npm run manifest:build -- --host … --client-id …`.']
        : [];
    }
    const info = nested ? childNamed(nested.el, 'WebApplicationInfo') : undefined;
    if (!nested || !info || all.length > 1) return ['<WebApplicationInfo> must appear once, inside the nested VersionOverrides 1.1.'];
    const problems: string[] = [];
    if (nested.el.children.at(-1) !== info) problems.push('<WebApplicationInfo> must be the last child of VersionOverrides 1.1 (after <Resources>).');
    const id = childNamed(info, 'Id')?.text ?? '';
    if (!GUID.test(id)) problems.push(`<WebApplicationInfo><Id> is "${id}"; it must be the Application (client) ID GUID of the Onus app registration.`);
    const host = paneHost(nested);
    const resource = childNamed(info, 'Resource')?.text ?? '';
    const expected = `api://${host ?? '<pane host>'}/${id}`;
    if (resource !== expected) problems.push(`<WebApplicationInfo><Resource> is "${resource}"; it must be ${expected}, the Application ID URI set under Expose an API (host of the task pane URL, then the client id). Otherwise getAccessToken fails with 13004.`);
    const scopes = childrenNamed(childNamed(info, 'Scopes'), 'Scope').map((s) => s.text);
    const missing = SSO_SCOPES.filter((s) => !scopes.includes(s));
    if (missing.length > 0) problems.push(`<WebApplicationInfo><Scopes> lacks ${missing.join(', ')}; add <Scope>${missing.join('</Scope><Scope>')}</Scope>.`);
    return problems;
  },
};
