// Every migration, in order. Add a file NNN-name.ts and append it here; never edit a shipped one.
import type { Migration } from '../migrate';
import { followUps } from './001-followups';
import { tokenCache } from './002-token-cache';
import { mailboxScan } from './003-mailbox-scan';

export const MIGRATIONS: readonly Migration[] = [followUps, tokenCache, mailboxScan];
