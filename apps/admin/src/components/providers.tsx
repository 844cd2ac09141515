'use client';

export { TRPCReactProvider as Providers } from '@alliance/api/react';
