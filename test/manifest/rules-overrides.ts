// Rules about the VersionOverrides: which Outlook versions get the buttons, and where the buttons are.
import {
  ADD_IN_COMMANDS_MIN,
  BODY_READ_MIN,
  MAILBOX_API_USED,
  NS_OVERRIDES_1_0,
  NS_OVERRIDES_1_1,
  PINNING_MIN,
  compareVersions,
  inScope,
  overridesScopes,
  xsiType,
  type ManifestContext,
  type ManifestRule,
  type OverridesScope,
} from './rule-types';
import { childNamed, childrenNamed, descendantsNamed, pathAll, type XmlElement } from './xml-tree';

const isMailbox = (set: XmlElement): boolean => (set.attrs.Name ?? '').toLowerCase() === 'mailbox';

function overridesMinimum(scope: OverridesScope): string | undefined {
  const sets = pathAll(scope.el, 'Requirements', 'Sets')[0];
  const mailbox = childrenNamed(sets, 'Set').find(isMailbox);
  return mailbox ? (mailbox.attrs.MinVersion ?? sets?.attrs.DefaultMinVersion) : undefined;
}

function scopeRequirementProblems(scope: OverridesScope, base: string, outer: string | undefined): string[] {
  const min = overridesMinimum(scope);
  const is11 = scope.label.endsWith('1.1');
  const floor = is11 ? PINNING_MIN : ADD_IN_COMMANDS_MIN;
  const why = is11 ? 'pinning and the ItemChanged event' : 'add-in commands (ribbon buttons)';
  if (min === undefined) return [`${scope.label} declares no Mailbox requirement; add <Requirements><bt:Sets DefaultMinVersion="${floor}"><bt:Set Name="Mailbox"/></bt:Sets></Requirements>.`];
  const problems: string[] = [];
  if (compareVersions(min, floor) < 0) problems.push(`${scope.label} requires Mailbox ${min}, but ${why} need Mailbox ${floor}; set DefaultMinVersion="${floor}".`);
  if (compareVersions(min, MAILBOX_API_USED) > 0) problems.push(`${scope.label} requires Mailbox ${min}, above the ${MAILBOX_API_USED} the code uses; Outlook clients in between would lose the buttons. Lower it to ${floor}.`);
  if (compareVersions(min, base) < 0) problems.push(`${scope.label} requires Mailbox ${min}, below the manifest's base MinVersion ${base}; it must be at least as strict.`);
  if (outer !== undefined && compareVersions(min, outer) < 0) problems.push(`${scope.label} requires Mailbox ${min}, below VersionOverrides 1.0's ${outer}; the nested overrides must be at least as strict.`);
  return problems;
}

export const requirementSets: ManifestRule = {
  id: 'requirements',
  title: `Mailbox requirement sets (base ${BODY_READ_MIN}–${MAILBOX_API_USED}; VersionOverrides 1.0 ≥ ${ADD_IN_COMMANDS_MIN}; 1.1 ≥ ${PINNING_MIN})`,
  check: (ctx) => {
    const set = pathAll(ctx.root, 'Requirements', 'Sets', 'Set').find(isMailbox);
    const base = set?.attrs.MinVersion;
    if (base === undefined) return [`<Requirements> has no Mailbox set; add <Sets><Set Name="Mailbox" MinVersion="${BODY_READ_MIN}"/></Sets>.`];
    const problems: string[] = [];
    if (!/^\d+\.\d+$/.test(base)) problems.push(`Mailbox MinVersion "${base}" is not a version like 1.1.`);
    if (compareVersions(base, MAILBOX_API_USED) > 0) problems.push(`Mailbox MinVersion ${base} is above the ${MAILBOX_API_USED} the code needs; it would hide the add-in from Outlook clients that could run it. Use ${BODY_READ_MIN}.`);
    if (compareVersions(base, BODY_READ_MIN) < 0) problems.push(`Mailbox MinVersion ${base} is below ${BODY_READ_MIN}, which the pane needs to read the message body (item.body.getAsync); Outlook clients in between would load a pane that cannot work. Use ${BODY_READ_MIN}.`);
    const scopes = overridesScopes(ctx.root);
    const outer = scopes[0] ? overridesMinimum(scopes[0]) : undefined;
    for (const scope of scopes) problems.push(...scopeRequirementProblems(scope, base, scope === scopes[0] ? undefined : outer));
    return problems;
  },
};

export const versionOverrides: ManifestRule = {
  id: 'version-overrides',
  title: 'VersionOverrides 1.0 with a nested VersionOverrides 1.1',
  check: (ctx) => {
    const [outer, nested] = overridesScopes(ctx.root);
    if (!outer) return [`<OfficeApp> has no <VersionOverrides xmlns="${NS_OVERRIDES_1_0}" xsi:type="VersionOverridesV1_0">; without it there are no ribbon buttons.`];
    const problems: string[] = [];
    if (outer.el.attrs.xmlns !== NS_OVERRIDES_1_0 || xsiType(outer.el) !== 'VersionOverridesV1_0') {
      problems.push(`The top-level <VersionOverrides> must have xmlns="${NS_OVERRIDES_1_0}" and xsi:type="VersionOverridesV1_0".`);
    }
    if (!nested) {
      problems.push(`<VersionOverrides> 1.0 has no nested <VersionOverrides xmlns="${NS_OVERRIDES_1_1}" xsi:type="VersionOverridesV1_1"> after its <Resources>; without it the task pane cannot be pinned.`);
    } else if (nested.el.attrs.xmlns !== NS_OVERRIDES_1_1 || xsiType(nested.el) !== 'VersionOverridesV1_1') {
      problems.push(`The nested <VersionOverrides> must have xmlns="${NS_OVERRIDES_1_1}" and xsi:type="VersionOverridesV1_1".`);
    }
    return problems;
  },
};

const SURFACES = [
  { point: 'MessageReadCommandSurface', when: 'reading' },
  { point: 'MessageComposeCommandSurface', when: 'writing' },
] as const;

function surfaceProblems(scope: OverridesScope, point: string, when: string): string[] {
  const hosts = pathAll(scope.el, 'Hosts', 'Host').filter((h) => xsiType(h) === 'MailHost');
  const ext = hosts.flatMap((h) => pathAll(h, 'DesktopFormFactor', 'ExtensionPoint')).find((e) => xsiType(e) === point);
  if (!ext) return [`${scope.label} has no <ExtensionPoint xsi:type="${point}"> under MailHost/DesktopFormFactor, so there is no Onus button when ${when} a message.`];
  const panes = descendantsNamed(ext, 'Action').filter((a) => xsiType(a) === 'ShowTaskpane');
  if (!panes.some((a) => childNamed(a, 'SourceLocation')?.attrs.resid)) {
    return [`${scope.label} ${point} has no button with <Action xsi:type="ShowTaskpane"><SourceLocation resid="…"/>; the button must open the task pane.`];
  }
  const pinnable = panes.some((a) => childNamed(a, 'SupportsPinning')?.text === 'true');
  if (scope.label.endsWith('1.1') && point === 'MessageReadCommandSurface' && !pinnable) {
    return [`${scope.label} ${point}: the ShowTaskpane action needs <SupportsPinning>true</SupportsPinning> so the pane stays open across messages.`];
  }
  return [];
}

export const taskPaneSurfaces: ManifestRule = {
  id: 'task-pane',
  title: 'Task pane button on the read and compose surfaces (pinnable when reading, 1.1)',
  check: (ctx: ManifestContext) => {
    const scopes = overridesScopes(ctx.root);
    if (scopes.length === 0) return ['No <VersionOverrides>, so no task pane buttons on the read or compose ribbon.'];
    const problems = scopes.flatMap((scope) => SURFACES.flatMap(({ point, when }) => surfaceProblems(scope, point, when)));
    const [outer] = scopes;
    if (outer && inScope(outer, 'SupportsPinning').length > 0) {
      problems.push('<SupportsPinning> appears in VersionOverrides 1.0, whose schema has no such element; keep it only in the nested 1.1.');
    }
    return problems;
  },
};

