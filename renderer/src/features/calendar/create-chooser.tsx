/** "Add on Thu, Jan 15 at 2:30 PM": choose a deadline or an interview; the form then opens with that time. */
import { CalendarPlus, MessageSquarePlus } from 'lucide-react';
import { Dialog } from '../../components/dialog';
import { formatTime, instantOf, userTimeZone } from '../agenda/time-text';
import { dateKey } from './calendar-grid';

export interface Slot {
  day: Date;
  /** "HH:mm" for a week-view slot; none for a whole day. */
  time?: string;
}

const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', month: 'long', day: 'numeric' });

export function slotLabel(slot: Slot): string {
  const day = dayFormat.format(slot.day);
  if (!slot.time) return day;
  const zone = userTimeZone();
  const at = instantOf(dateKey(slot.day), slot.time, zone);
  return at === null ? day : `${day} at ${formatTime(at, zone)}`;
}

interface CreateChooserProps {
  slot: Slot;
  onChoose: (kind: 'deadline' | 'interview') => void;
  onClose: () => void;
}

export function CreateChooser({ slot, onChoose, onClose }: CreateChooserProps) {
  return (
    <Dialog title={`Add on ${slotLabel(slot)}`} size="sm" onClose={onClose}>
      <div className="chooser">
        <button type="button" className="chooser-option" onClick={() => onChoose('deadline')}>
          <CalendarPlus size={18} aria-hidden="true" />
          <span>
            <span className="chooser-title">New deadline</span>
            <span className="chooser-hint">{slot.time ? 'Due at this time' : 'Due on this day (all day)'}</span>
          </span>
        </button>
        <button type="button" className="chooser-option" onClick={() => onChoose('interview')}>
          <MessageSquarePlus size={18} aria-hidden="true" />
          <span>
            <span className="chooser-title">Schedule interview</span>
            <span className="chooser-hint">{slot.time ? 'Starting at this time' : 'On this day'}</span>
          </span>
        </button>
      </div>
    </Dialog>
  );
}
