import { Badge } from '@alliance/ui';
import { SignOutButton } from '@alliance/ui/session';
import Link from 'next/link';
import { currentUser, runtime } from '~/server/runtime';

export async function Header() {
  const user = await currentUser();
  const staff = user && user.role !== 'learner';
  return (
    <header className="header">
      <div className="header__inner">
        <Link href="/" className="header__brand">
          Alliance <span>Academy</span> · Staff
        </Link>
        <nav className="header__nav" aria-label="Main">
          {staff && <Link href="/">Course progress</Link>}
          {staff && <Link href="/items">Item bank</Link>}
          {staff && <Link href="/cases">Cases</Link>}
          {staff && <Link href="/quizzes">Quizzes</Link>}
          {staff && <Link href="/grading">Grading</Link>}
          {staff && <Link href="/qti">QTI</Link>}
          {staff && <Link href="/cohorts">Cohorts</Link>}
          {user?.role === 'admin' && <Link href="/people">People</Link>}
          <a href={runtime().env.WEB_URL}>Learner site</a>
        </nav>
        {user && (
          <div className="header__user">
            <span>{user.name}</span>
            <Badge tone="accent">{user.role}</Badge>
            <Link href="/account">Account</Link>
            <SignOutButton />
          </div>
        )}
      </div>
    </header>
  );
}
