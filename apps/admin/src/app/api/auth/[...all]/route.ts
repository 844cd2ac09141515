import { runtime } from '~/server/runtime';

const handler = (req: Request) => runtime().handleAuth(req);

export { handler as GET, handler as POST };
