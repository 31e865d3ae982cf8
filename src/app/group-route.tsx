import { GroupPage } from '../features/group/group-page';
import { LiveRoomPanel } from '../features/room/live-room-panel';

/** `/group`: the Group page with the live-room panel (features are composed here, not in each other). */
export function GroupRoute() {
  return <GroupPage liveRoom={<LiveRoomPanel />} />;
}
