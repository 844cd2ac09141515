import { Badge } from '@alliance/ui';
import { SignOutButton } from '@alliance/ui/session';
import Link from 'next/link';
import { currentUser, runtime } from '~/server/runtime';

export async function Header() {
  const user = await currentUser();
  return (
    <header className="header">
      <div className="header__inner">
        <Link href="/" className="header__brand">
          Alliance <span>Academy</span>
        </Link>
        <nav className="header__nav" aria-label="Main">
          <Link href="/">Course</Link>
          <Link href="/overview">Overview</Link>
          <Link href="/glossary">Glossary</Link>
          {user && <Link href="/progress">My progress</Link>}
          {user && <Link href="/review">Review</Link>}
          {user && user.role !== 'learner' && <a href={runtime().env.ADMIN_URL}>Staff area</a>}
        </nav>
        <search>
          <form action="/search" className="search-form">
            <label htmlFor="header-search" className="visually-hidden">
              Search lessons and glossary
            </label>
            <input id="header-search" name="q" type="search" placeholder="Search" />
          </form>
        </search>
        <div className="header__user">
          {user ? (
            <>
              <span>{user.name}</span>
              {user.role !== 'learner' && <Badge tone="accent">{user.role}</Badge>}
              <Link href="/account">Account</Link>
              <SignOutButton />
            </>
          ) : (
            <>
              <Link href="/sign-in">Sign in</Link>
              <Link href="/sign-up" className="button button--primary">
                Sign up
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
