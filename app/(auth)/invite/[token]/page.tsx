import { TRPCError } from "@trpc/server";
import Link from "next/link";
import { Alert } from "@/app/_components/ui/alert";
import { buttonClass } from "@/app/_components/ui/button";
import { getT } from "@/app/_i18n/server";
import { serverApi } from "@/app/_trpc/server";
import { DomainError } from "@/server/errors";
import { AcceptInvitation } from "./accept-invitation";

export const metadata = { title: "Invitation" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getT();
  const { api, ctx } = await serverApi();
  const result = await api.invitations.describe({ token }).then(
    (invitation) => ({ invitation, error: null }),
    (error: unknown) => ({ invitation: null, error }),
  );
  const { invitation } = result;
  if (!invitation) return <Alert tone="error">{t(invitationErrorKey(result.error))}</Alert>;
  const vars = { org: invitation.organizationName, email: invitation.email, role: t(`app.roles.${invitation.role}`) };
  const here = encodeURIComponent(`/invite/${token}`);
  return (
    <div className="space-y-4 rounded-xl bg-white p-8 shadow-sm ring-1 ring-slate-200">
      <h1 className="text-xl font-semibold">{t("invite.title", vars)}</h1>
      <p className="text-slate-700">{t("invite.body", vars)}</p>
      {ctx.user ? (
        <AcceptInvitation token={token} organizationName={invitation.organizationName} />
      ) : (
        <>
          <p className="text-sm text-slate-600">{t("invite.signInFirst", vars)}</p>
          <div className="flex gap-3">
            <Link className={buttonClass("primary")} href={`/sign-in?callbackUrl=${here}`}>
              {t("nav.signIn")}
            </Link>
            <Link className={buttonClass("secondary")} href={`/sign-up?callbackUrl=${here}`}>
              {t("nav.signUp")}
            </Link>
          </div>
        </>
      )}
    </div>
  );
}

function invitationErrorKey(error: unknown): string {
  const cause = error instanceof TRPCError ? error.cause : error;
  if (cause instanceof DomainError && cause.reason?.startsWith("invite.")) return cause.reason;
  return "invite.invalid";
}
