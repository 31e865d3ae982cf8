import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { NavLink } from 'react-router';

export interface NavItem {
  to: string;
  label: string;
  end: boolean;
}

/**
 * The main navigation: a row of links where the header has room, folded behind a "Menu" button
 * where it has not (a narrow window, or 1280×720 at 150 % zoom), so the header stays one row. The
 * button says whether the menu is open (aria-expanded); opening moves focus to the current page's
 * link, Escape closes and gives focus back to the button, and so does choosing a link, clicking
 * elsewhere or tabbing out. Which of the two shows is CSS's (a media query), not React's.
 */
export function MainNav({ items }: { items: readonly NavItem[] }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const navRef = useRef<HTMLElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  // Focus into the list once it is shown (it is display: none until then).
  useEffect(() => {
    if (!open) return;
    const list = navRef.current?.querySelector('ul');
    const first = list?.querySelector<HTMLElement>('a[aria-current="page"]') ?? list?.querySelector<HTMLElement>('a');
    first?.focus();
    // A click anywhere outside the menu closes it (the document is a system outside React).
    const onPointerDown = (e: PointerEvent) => {
      if (!navRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
      buttonRef.current?.focus();
    }
  };

  return (
    <nav
      aria-label="Main"
      ref={navRef}
      className={open ? 'main-nav open' : 'main-nav'}
      onKeyDown={onKeyDown}
      onBlur={(e) => {
        if (open && !navRef.current?.contains(e.relatedTarget as Node | null) && e.relatedTarget) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="nav-toggle button ghost"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
      >
        <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
          <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        Menu
      </button>
      <ul id={listId}>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink
              to={item.to}
              end={item.end}
              onClick={() => {
                if (!open) return;
                setOpen(false);
                buttonRef.current?.focus();
              }}
            >
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
