// An informational bar: the demo-mode banner, a long message that was only partly read.
import { MessageBar, MessageBarBody, MessageBarTitle, type MessageBarIntent } from '@fluentui/react-components';

export interface NoticeProps {
  readonly title: string;
  readonly children: string;
  readonly intent?: MessageBarIntent;
  readonly testId?: string;
}

export function Notice({ title, children, intent = 'info', testId }: NoticeProps) {
  return (
    <MessageBar intent={intent} layout="multiline" data-testid={testId}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}
