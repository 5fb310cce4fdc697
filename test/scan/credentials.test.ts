// App-only access with a certificate (Microsoft's advice for a service) instead of a client
// secret: msal-node signs a client assertion with the key; the identity emulator checks it against
// the certificate registered on the app, as Entra does.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIdentityEmulator, type IdentityEmulator } from '../../emulators/identity/emulator';
import { loadCertificateCredential } from '../../server/graph/certificate';
import { GRAPH_ROLES, INTAKE, mail, SCAN_CLIENT_ID, startGraph, startScanHarness } from './harness';

let dir: string;
let idp: IdentityEmulator;

function certificate(name: string): string {
  const key = path.join(dir, `${name}.key`);
  const cert = path.join(dir, `${name}.crt`);
  execFileSync('/usr/bin/openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', `/CN=${name}`],
    { stdio: ['ignore', 'ignore', 'pipe'] });
  const both = path.join(dir, `${name}.pem`);
  writeFileSync(both, readFileSync(key, 'utf8') + readFileSync(cert, 'utf8'));
  return both;
}

let registered: string;
let stranger: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'onus-cert-'));
  registered = certificate('onus-scanner');
  stranger = certificate('someone-else');
  const certificatePem = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(readFileSync(registered, 'utf8'))![0];
  idp = await startIdentityEmulator({ apps: [{ clientId: SCAN_CLIENT_ID, certificatePem, appRoles: GRAPH_ROLES }] });
});
afterAll(async () => {
  await idp?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a certificate credential', () => {
  it('gets app-only tokens and scans', async () => {
    const graph = await startGraph(idp);
    graph.deliver(INTAKE.mail, 'inbox', mail({
      from: 'voicemail@hartleymoss.example', to: [INTAKE.mail], subject: 'Voice Mail (9 seconds)',
      body: 'You received a voice mail from +1 484-555-0122.', singleValueExtendedProperties: [{ id: 'String 0x001A', value: 'IPM.Note.Microsoft.Voicemail.UM' }],
    }));
    const h = await startScanHarness({ idp, graph, settings: { mailboxes: [INTAKE.mail] }, credentials: { clientCertificate: loadCertificateCredential(registered) } });
    try {
      await h.app.server.scan!.scanner.syncAll();
      expect((await h.queue({ kind: 'voicemail' })).map((f) => f.details?.caller?.phone)).toEqual(['+14845550122']);
      expect(idp.tokenRequests.filter((r) => r.grant === 'client_credentials' && r.status === 200).length).toBeGreaterThan(0);
    } finally {
      await h.close();
      await graph.close();
    }
  });

  it('is refused when the certificate is not the one registered, and the scan says so without crashing', async () => {
    const graph = await startGraph(idp);
    const lines: string[] = [];
    const logTo = new Writable({ write(chunk, _e, done) { lines.push(String(chunk)); done(); } });
    const h = await startScanHarness({ idp, graph, logTo, settings: { mailboxes: [INTAKE.mail] }, credentials: { clientCertificate: loadCertificateCredential(stranger) } });
    try {
      expect(await h.app.server.scan!.scanner.syncAll()).toEqual([]);
      expect(idp.tokenRequests.at(-1)).toMatchObject({ status: 401 });
      // Refused, not unreachable: nothing is retried.
      expect(lines.join('')).not.toContain('retrying');
      expect(lines.join('')).toContain('folder sync failed');
      expect(lines.join('')).not.toContain('PRIVATE KEY');
    } finally {
      await h.close();
      await graph.close();
    }
  });

  it('names the problem when the file holds no private key', () => {
    const certOnly = path.join(dir, 'cert-only.pem');
    writeFileSync(certOnly, readFileSync(path.join(dir, 'onus-scanner.crt'), 'utf8'));
    expect(() => loadCertificateCredential(certOnly)).toThrow(/must hold both the private key and the certificate/);
    expect(() => loadCertificateCredential(path.join(dir, 'missing.pem'))).toThrow(/cannot read/);
  });
});
