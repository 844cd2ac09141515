import type { NextConfig } from 'next';

export function nextConfig(overrides?: NextConfig): NextConfig;
