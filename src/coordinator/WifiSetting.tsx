import { useState } from 'preact/hooks';
import { type Hub, setWifiOnly } from './api';
import type { Run } from './Coordinator';
import { messageOf } from './loaded';
import { words } from './words';

interface Props {
  run: Run;
  wifiOnly: boolean;
  onSaved: (hub: Hub) => void;
}

/**
 * "Send progress only on Wi-fi", saved as soon as it is changed (PATCH /api/hub). Tablets learn
 * the hub's choice at their next sync.
 */
export function WifiSetting({ run, wifiOnly, onSaved }: Props) {
  const [saving, setSaving] = useState(false);
  const [said, setSaid] = useState<{ text: string; problem: boolean } | null>(null);

  const change = async (next: boolean) => {
    // One save at a time; the box shows the hub's setting again when this one is done.
    if (saving) return;
    setSaving(true);
    setSaid(null);
    try {
      const hub = await run((token) => setWifiOnly(token, next));
      onSaved(hub);
      setSaid({ text: hub.wifiOnly ? words.settings.savedOn : words.settings.savedOff, problem: false });
    } catch (error) {
      setSaid({ text: `${words.settings.notSaved} ${messageOf(error)}`, problem: true });
    } finally {
      setSaving(false);
    }
  };

  return (
    <div class="co-field">
      <div class="co-checkbox">
        <input
          id="wifi-only"
          type="checkbox"
          checked={wifiOnly}
          aria-describedby="wifi-only-hint"
          onChange={(e) => void change(e.currentTarget.checked)}
        />
        <label for="wifi-only">{words.settings.wifiOnly}</label>
      </div>
      <p class="co-hint" id="wifi-only-hint">
        {words.settings.wifiOnlyHint}
      </p>
      <p role="status" class={said?.problem ? 'co-problem' : 'co-saved'}>
        {said?.text}
      </p>
    </div>
  );
}
