// A problem the user can act on, as a Fluent MessageBar with optional Retry and Dismiss.
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Dismiss16Regular } from '@fluentui/react-icons';

export interface ErrorBarProps {
  readonly message: string;
  readonly title?: string;
  onRetry?(): void;
  onDismiss?(): void;
}

export function ErrorBar({ message, title = 'Something went wrong', onRetry, onDismiss }: ErrorBarProps) {
  return (
    <MessageBar intent="error" layout="multiline" data-testid="error-bar">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message}
      </MessageBarBody>
      {(onRetry || onDismiss) && (
        <MessageBarActions
          containerAction={onDismiss && <Button aria-label="Dismiss" appearance="transparent" icon={<Dismiss16Regular />} onClick={onDismiss} />}
        >
          {onRetry && <Button size="small" onClick={onRetry}>Retry</Button>}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
