import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/db";
import { BUSY_SIGN_IN } from "./busy-sign-in";
import { getAppSecret } from "./secret";
import { isAppError } from "@/lib/errors";
import { clientAddressOf } from "@/lib/security/client-address";
import { sameOriginRedirect } from "@/lib/security/redirect";
import { authenticateWithLimits, storeCodeOf, type SessionUser } from "./service";
import { currentSessionVersion } from "./session-version";

declare module "next-auth" {
  interface Session {
    user: SessionUser;
    /** The token's session (lib/auth/session-version.ts): checked against the user's row on every request. */
    sessionVersion?: number;
    signedInAt?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: string;
    role: SessionUser["role"];
    storeId: string | null;
    /** The staff member's store code, for proxy.ts's first answer on staff pages (lib/auth/route-access.ts). */
    storeCode?: string | null;
    /** users.session_version at sign-in; a bump since then ends this session. */
    sessionVersion?: number;
    /** Sign-in time (seconds since the epoch): staff sessions end 12 h after it, not sliding. */
    signedInAt?: number;
  }
}

/** The `error` the sign-in form receives when the attempt limit is reached. */
export const RATE_LIMITED_SIGN_IN = "TooManyAttempts";

const THIRTY_DAYS = 30 * 24 * 60 * 60;

export function getAuthOptions(): NextAuthOptions {
  return {
    secret: getAppSecret(),
    // Credentials sign-in requires JWT sessions in next-auth v4.
    session: { strategy: "jwt", maxAge: THIRTY_DAYS },
    pages: { signIn: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, request) {
          try {
            return await authenticateWithLimits(await getDb(), credentials, { clientAddress: clientAddressOf(request?.headers) });
          } catch (error) {
            // next-auth hands an Error's message to the sign-in form as `error`.
            if (isAppError(error, "rate_limited")) throw new Error(RATE_LIMITED_SIGN_IN);
            if (isAppError(error, "unavailable")) throw new Error(BUSY_SIGN_IN);
            throw error;
          }
        },
      }),
    ],
    callbacks: {
      // Same origin only, and never a throw: next-auth reads the callback-url cookie on every session check.
      redirect: sameOriginRedirect,
      async jwt({ token, user }) {
        if (user) {
          const signedIn = user as unknown as SessionUser;
          token.uid = signedIn.id;
          token.role = signedIn.role;
          token.storeId = signedIn.storeId;
          token.storeCode = signedIn.storeId ? await storeCodeOf(await getDb(), { storeId: signedIn.storeId }) : null;
          token.sessionVersion = (await currentSessionVersion(await getDb(), { userId: signedIn.id })) ?? undefined;
          token.signedInAt = Math.floor(Date.now() / 1000);
        }
        return token;
      },
      session({ session, token }) {
        session.user = {
          id: token.uid,
          email: token.email ?? "",
          name: token.name ?? "",
          role: token.role,
          storeId: token.storeId,
        };
        session.sessionVersion = token.sessionVersion;
        session.signedInAt = token.signedInAt;
        return session;
      },
    },
  };
}
