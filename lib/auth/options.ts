import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/db";
import { getAppSecret } from "./secret";
import { authenticate, type SessionUser } from "./service";

declare module "next-auth" {
  interface Session {
    user: SessionUser;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: string;
    role: SessionUser["role"];
    storeId: string | null;
  }
}

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
        async authorize(credentials) {
          return authenticate(await getDb(), credentials);
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          const signedIn = user as unknown as SessionUser;
          token.uid = signedIn.id;
          token.role = signedIn.role;
          token.storeId = signedIn.storeId;
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
        return session;
      },
    },
  };
}
