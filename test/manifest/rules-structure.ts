// Rules about the base manifest: what it is, who it is, when it activates, what it may access.
import { ALLOWED_PERMISSIONS, LEAST_PRIVILEGE, at, xsiType, type ManifestRule } from './rule-types';
import { childNamed, childrenNamed, descendantsNamed, pathAll, type XmlElement } from './xml-tree';

/** Schema order of OfficeApp's children for a MailApp; Outlook rejects elements out of this order. */
const MAIL_APP_ORDER = [
  'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description',
  'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements',
  'FormSettings', 'Permissions', 'Rule', 'DisableEntityHighlighting', 'Dictionary',
  'VersionOverrides', 'ExtendedOverrides',
];
const REQUIRED = [
  'Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
  'HighResolutionIconUrl', 'SupportUrl', 'Hosts', 'Requirements', 'FormSettings', 'Permissions', 'Rule',
];

function rootProblems(root: XmlElement): string[] {
  const problems: string[] = [];
  if (root.localName !== 'OfficeApp') problems.push(`The root element is <${root.name}>; an add-in manifest starts with <OfficeApp>.`);
  if (xsiType(root) !== 'MailApp') problems.push(`<OfficeApp> has xsi:type="${xsiType(root) ?? ''}"; an Outlook add-in needs xsi:type="MailApp".`);
  const missing = REQUIRED.filter((name) => !childNamed(root, name));
  if (missing.length > 0) problems.push(`<OfficeApp> is missing ${missing.map((n) => `<${n}>`).join(', ')}; add them in the order ${MAIL_APP_ORDER.join(', ')}.`);
  let last = -1;
  for (const child of root.children) {
    const index = MAIL_APP_ORDER.indexOf(child.localName);
    if (index < 0) continue;
    if (index < last) problems.push(`<${child.localName}> is out of order: Outlook expects ${MAIL_APP_ORDER.join(', ')}. Move it before <${MAIL_APP_ORDER[last]}>.`);
    last = Math.max(last, index);
  }
  return problems;
}

function activationProblems(root: XmlElement): string[] {
  const problems: string[] = [];
  if (!childrenNamed(childNamed(root, 'Hosts'), 'Host').some((h) => h.attrs.Name === 'Mailbox')) {
    problems.push('<Hosts> has no <Host Name="Mailbox"/>; without it Outlook will not load the add-in.');
  }
  const readForm = childrenNamed(childNamed(root, 'FormSettings'), 'Form').find((f) => xsiType(f) === 'ItemRead');
  if (!pathAll(readForm, 'DesktopSettings', 'SourceLocation').some((s) => s.attrs.DefaultValue)) {
    problems.push('<FormSettings> needs <Form xsi:type="ItemRead"> with <DesktopSettings><SourceLocation DefaultValue="https://…/taskpane.html"/>.');
  }
  const ruleRoot = childNamed(root, 'Rule');
  const itemRules = ruleRoot ? [ruleRoot, ...descendantsNamed(ruleRoot, 'Rule')] : [];
  const onMessage = itemRules.filter((r) => xsiType(r) === 'ItemIs' && r.attrs.ItemType === 'Message');
  for (const mode of ['Read', 'Edit']) {
    if (!onMessage.some((r) => r.attrs.FormType === mode || r.attrs.FormType === 'ReadOrEdit')) {
      problems.push(`<Rule> does not activate on messages in ${mode} mode; add <Rule xsi:type="ItemIs" ItemType="Message" FormType="${mode}"/>.`);
    }
  }
  return problems;
}

export const mailApp: ManifestRule = {
  id: 'mail-app',
  title: 'Outlook mail add-in basics (OfficeApp MailApp, required elements in order, Mailbox host, activation rules)',
  check: (ctx) => [...rootProblems(ctx.root), ...activationProblems(ctx.root)],
};

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const idIsGuid: ManifestRule = {
  id: 'id-guid',
  title: 'Id is a GUID',
  check: (ctx) => {
    const id = childNamed(ctx.root, 'Id')?.text ?? '';
    return GUID.test(id) ? [] : [`<Id> is "${id}"${at(ctx, `<Id>${id}`)}; it must be a GUID such as 6f1c2a4e-…; keep the same GUID across versions or tenants see a different add-in.`];
  },
};

export const versionFormat: ManifestRule = {
  id: 'version',
  title: 'Version is four numbers (n.n.n.n)',
  check: (ctx) => {
    const version = childNamed(ctx.root, 'Version')?.text ?? '';
    return /^\d{1,5}(\.\d{1,5}){3}$/.test(version) ? [] : [`<Version> is "${version}"${at(ctx, `<Version>${version}`)}; use four numbers such as 1.0.0.0 and raise it for every release.`];
  },
};

export const permissions: ManifestRule = {
  id: 'permissions',
  title: `Permissions is an allowed value and least privilege (${LEAST_PRIVILEGE})`,
  check: (ctx) => {
    const value = childNamed(ctx.root, 'Permissions')?.text ?? '';
    if (!(ALLOWED_PERMISSIONS as readonly string[]).includes(value)) {
      return [`<Permissions> is "${value}"; it must be one of ${ALLOWED_PERMISSIONS.join(', ')}.`];
    }
    return value === LEAST_PRIVILEGE ? [] : [`<Permissions> is ${value}, more than the pane needs: it only reads the open item. Use ${LEAST_PRIVILEGE} (an admin consenting to ${value} grants more access to the mailbox).`];
  },
};
