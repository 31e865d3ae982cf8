import { useRef, type ReactNode } from 'react';

interface FileButtonProps {
  children: ReactNode;
  /** The accessible name of the hidden file input (tests and assistive tech can reach it). */
  inputLabel: string;
  onFile: (file: File) => unknown;
  className?: string;
  disabled?: boolean;
  accept?: string;
}

/** A button that opens the browser's file picker; the chosen file goes to `onFile`. */
export function FileButton({
  children,
  inputLabel,
  onFile,
  className = 'button',
  disabled,
  accept = '.json,application/json',
}: FileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={className} onClick={() => input.current?.click()} disabled={disabled}>
        {children}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        className="visually-hidden"
        aria-label={inputLabel}
        tabIndex={-1}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          // Cleared so that choosing the same file again still fires.
          e.currentTarget.value = '';
          if (file) void onFile(file);
        }}
      />
    </>
  );
}
