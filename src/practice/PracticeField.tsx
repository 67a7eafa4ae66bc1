import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { PracticeKeyboard } from './PracticeKeyboard';

interface Props {
  id: string;
  label: ComponentChildren;
  multiline: boolean;
  value: string;
  highlighted: boolean;
  onInput: (value: string) => void;
}

/** A text box that opens the practice keyboard when tapped, as a real tablet does. */
export function PracticeField({ id, label, multiline, value, highlighted, onInput }: Props) {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLElement | null>(null);
  // Set while Hide keyboard hands focus back to the box, so that focus does not open it again.
  const hiding = useRef(false);
  const hide = () => {
    hiding.current = true;
    box.current?.focus();
    hiding.current = false;
    setOpen(false);
  };
  const domId = `pr-field-${id}`;
  const common = {
    id: domId,
    value,
    'data-target': id,
    class: `${multiline ? 'nhsuk-textarea' : 'nhsuk-input'} pr-input${highlighted ? ' pr-highlight' : ''}`,
    // The practice keyboard stands in for the tablet's own, so every learner sees the same keys.
    inputMode: 'none' as const,
    autoComplete: 'off',
    autoCorrect: 'off',
    spellcheck: false,
    ref: (el: HTMLElement | null) => {
      box.current = el;
    },
    onFocus: () => {
      if (!hiding.current) setOpen(true);
    },
    // A tap on the box brings the keyboard back after Hide keyboard, while the box still has focus.
    onClick: () => setOpen(true),
    onInput: (e: Event) => onInput((e.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="nhsuk-form-group pr-field">
      <label for={domId} class="nhsuk-label pr-label">
        {label}
      </label>
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
      {open && (
        <PracticeKeyboard
          onKey={(k) => onInput(value + k)}
          onBackspace={() => onInput(value.slice(0, -1))}
          onHide={hide}
        />
      )}
    </div>
  );
}
