import { NotYetAvailable } from "../not-yet-available";

export default function Page() {
  return <NotYetAvailable feature="vision" />;
}
