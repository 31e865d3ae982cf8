import { useEffect } from 'react';

/** Sets the browser tab title (an external system, hence an effect). */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Architecture Workbench` : 'Architecture Workbench';
  }, [title]);
}
