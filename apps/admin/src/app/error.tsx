'use client';

export { ErrorView as default } from '@alliance/ui/session';
