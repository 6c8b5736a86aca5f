import { notFound } from "next/navigation";
import { publicOrganization } from "@/server/chat";
import { getDb } from "@/server/db";
import { CustomerChat } from "./customer-chat";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  return { title: `Support · ${org}` };
}

/** The public support chat of one organization: no sign-in, the browser keeps the conversation's visitor token. */
export default async function PublicChatPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const organization = await publicOrganization(getDb(), org).catch(() => null);
  if (!organization) notFound();
  return (
    <main className="mx-auto flex h-dvh max-w-2xl flex-col bg-white">
      <CustomerChat organization={{ name: organization.name, slug: organization.slug }} />
    </main>
  );
}
