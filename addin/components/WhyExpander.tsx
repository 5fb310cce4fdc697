// A "Why?" button that shows or hides the reasons behind a suggestion or a queue item.
import { Button } from '@fluentui/react-components';
import { ChevronDown16Regular, ChevronRight16Regular } from '@fluentui/react-icons';
import { useId, useState, type ReactNode } from 'react';

export interface WhyExpanderProps {
  /** Renders the panel; it receives the id the button points at (aria-controls). */
  children(panelId: string): ReactNode;
}

export function WhyExpander({ children }: WhyExpanderProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div>
      <Button
        size="small"
        appearance="transparent"
        icon={open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((v) => !v)}
      >
        Why?
      </Button>
      {open && children(panelId)}
    </div>
  );
}
