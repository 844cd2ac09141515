import '@alliance/ui/styles.css';
import '@alliance/ui/staff.css';
import { AppDocument } from '@alliance/ui';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { Header } from '~/components/header';

export const metadata: Metadata = {
  title: { default: 'Alliance Academy Staff', template: '%s · Alliance Academy Staff' },
  description: 'Instructor and admin area of Alliance Academy.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return <AppDocument header={<Header />}>{children}</AppDocument>;
}
