import { runtime } from '~/server/runtime';

const handler = (req: Request) => runtime().handleTrpc(req);

export { handler as GET, handler as POST };
