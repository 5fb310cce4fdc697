// Entry point: find the Outlook host (or fall back to the demo message), pick the theme, render.
import './csp';
import { FluentProvider, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createApiClient } from './api/client';
import { createApiTokens } from './api/token';
import { createDemoSource } from './demo/demoSource';
import { browserZone } from './format/zonedTime';
import { warmUpExtraction } from './extraction/runExtraction';
import { createOutlookAuthHost } from './office/auth';
import { connectOutlook } from './office/connect';

async function main(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  warmUpExtraction();
  const outlook = await connectOutlook().catch(() => null);
  const source = outlook ?? createDemoSource(browserZone());
  // Sign-in is settled lazily, on the first API call: demo mode, or NAA / host SSO / our dialog.
  const apiTokens = createApiTokens({ baseUrl: '', user: source.user.address, host: outlook ? createOutlookAuthHost() : null });
  const api = createApiClient({ baseUrl: '', tokens: apiTokens });
  createRoot(container).render(
    <StrictMode>
      <FluentProvider theme={source.theme === 'dark' ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2, colorScheme: source.theme }}>
        <App source={source} api={api} />
      </FluentProvider>
    </StrictMode>,
  );
}

void main();
