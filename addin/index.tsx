// Entry point: find the Outlook host (or fall back to the demo message), pick the theme, render.
import { FluentProvider, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createApiClient } from './api/client';
import { createDemoSource } from './demo/demoSource';
import { browserZone } from './format/zonedTime';
import { warmUpExtraction } from './extraction/runExtraction';
import { connectOutlook } from './office/connect';

async function main(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  warmUpExtraction();
  const outlook = await connectOutlook().catch(() => null);
  const source = outlook ?? createDemoSource(browserZone());
  const api = createApiClient({ baseUrl: '', user: source.user.address });
  createRoot(container).render(
    <StrictMode>
      <FluentProvider theme={source.theme === 'dark' ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2, colorScheme: source.theme }}>
        <App source={source} api={api} />
      </FluentProvider>
    </StrictMode>,
  );
}

void main();
