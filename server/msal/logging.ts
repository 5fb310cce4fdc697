// msal-node's log lines into ours, without personal data, at the level asked for.
import { LogLevel, type Configuration } from '@azure/msal-node';
import type { Logger } from 'pino';

type LoggerOptions = NonNullable<NonNullable<Configuration['system']>['loggerOptions']>;

export function msalLogging(logger: Logger, level: LogLevel.Error | LogLevel.Warning): LoggerOptions {
  return {
    piiLoggingEnabled: false,
    logLevel: level,
    loggerCallback: (at: LogLevel, message: string) => {
      if (at <= level) logger[at === LogLevel.Error ? 'error' : 'warn']({ category: 'msal' }, message);
    },
  };
}
