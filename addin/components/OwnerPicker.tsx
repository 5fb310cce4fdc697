// Owner of a follow-up: one of the thread's participants, or Unassigned.
import { Dropdown, Option } from '@fluentui/react-components';
import { labelOf, type Participant } from '../followups/participants';

const UNASSIGNED = '__unassigned__';

export interface OwnerPickerProps {
  readonly owner: string | null;
  readonly participants: readonly Participant[];
  readonly disabled?: boolean;
  onChange(owner: string | null): void;
}

export function OwnerPicker({ owner, participants, disabled, onChange }: OwnerPickerProps) {
  return (
    <Dropdown
      size="small"
      disabled={disabled}
      value={labelOf(owner, participants)}
      selectedOptions={[owner ?? UNASSIGNED]}
      onOptionSelect={(_, data) => onChange(!data.optionValue || data.optionValue === UNASSIGNED ? null : data.optionValue)}
      style={{ minWidth: 0, width: '100%' }}
      data-testid="owner-picker"
    >
      {participants.map((p) => (
        <Option key={p.address} value={p.address} text={p.label}>
          {p.label}
        </Option>
      ))}
      <Option value={UNASSIGNED} text="Unassigned">Unassigned</Option>
    </Dropdown>
  );
}
