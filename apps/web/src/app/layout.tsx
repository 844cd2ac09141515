import '@alliance/ui/styles.css';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { Header } from '~/components/header';

export const metadata: Metadata = {
  title: { default: 'Alliance Academy', template: '%s · Alliance Academy' },
  description: 'Strategic Alliances — why they fail and how to make them work.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#content">
          Skip to content
        </a>
        <Header />
        <div id="content">{children}</div>
      </body>
    </html>
  );
}
