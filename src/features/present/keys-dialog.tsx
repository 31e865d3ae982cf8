import { useEffect, useRef } from 'react';
import { KEY_HELP } from './present-keys';

/** The keys of Present mode in a modal dialog; Esc or "Close" closes it (and does not leave). */
export function KeysDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  // A native modal dialog traps focus and closes on Esc; the DOM owns it, hence an effect.
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    const isOpen = d.hasAttribute('open');
    if (open && !isOpen) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    } else if (!open && isOpen) {
      if (typeof d.close === 'function') d.close();
      else d.removeAttribute('open');
    }
  }, [open]);
  return (
    <dialog ref={ref} className="present-keys" aria-labelledby="present-keys-title" onClose={onClose} onCancel={onClose}>
      <h2 id="present-keys-title">Keys</h2>
      <table>
        <tbody>
          {KEY_HELP.map((k) => (
            <tr key={k.does}>
              <th scope="row">
                <kbd>{k.keys}</kbd>
              </th>
              <td>{k.does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>Keys do nothing while you type in a field; a focused slider keeps its arrow keys.</p>
      <button type="button" className="present-button" onClick={onClose} autoFocus>
        Close
      </button>
    </dialog>
  );
}
