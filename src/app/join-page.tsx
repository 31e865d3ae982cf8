import { ParticipantForm } from '../features/group/participant-form';
import { JoinScreen } from '../features/room/join-screen';

/** `/join#room=…&relay=…`: a room's link on a participant's phone, with group input's own entry form. */
export function JoinPage() {
  return <JoinScreen renderEntry={(props) => <ParticipantForm {...props} doneLabel="Done" />} />;
}
