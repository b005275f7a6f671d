"use client";

import { signOut } from "next-auth/react";
import { useState, type ComponentProps } from "react";
import { Button } from "@/components/ui/button";
import { SignOutIcon } from "@/components/ui/icons";

export function SignOutButton({
  variant = "ghost",
  size = "sm",
  className,
  fullWidth,
  callbackUrl = "/",
  label = "Sign out",
}: Pick<ComponentProps<typeof Button>, "variant" | "size" | "className" | "fullWidth"> & {
  /** Where to land afterwards; a same-site path. */
  callbackUrl?: string;
  label?: string;
}) {
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant={variant}
      size={size}
      className={className}
      fullWidth={fullWidth}
      loading={pending}
      icon={<SignOutIcon className="size-4" />}
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl });
      }}
    >
      {label}
    </Button>
  );
}
