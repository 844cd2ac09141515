import '@alliance/ui/styles.css';
import { AppDocument } from '@alliance/ui';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { Header } from '~/components/header';

export const metadata: Metadata = {
  title: { default: 'Alliance Academy', template: '%s · Alliance Academy' },
  description: 'Strategic Alliances — why they fail and how to make them work.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return <AppDocument header={<Header />}>{children}</AppDocument>;
}
