import type { NextRequest, NextResponse } from 'next/server';

export function contentSecurityPolicy(nonce: string, options?: { dev?: boolean }): string;
export function securityProxy(request: NextRequest): NextResponse;
