'use client';

import { authClient } from '@alliance/auth/client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';

export function SignOutButton() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      className="button button--link"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        await authClient.signOut();
        router.push('/sign-out');
        router.refresh();
      }}
    >
      Sign out
    </button>
  );
}
