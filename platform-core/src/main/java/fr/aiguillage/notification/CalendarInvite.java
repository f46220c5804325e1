package fr.aiguillage.notification;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The calendar file (RFC 5545, iTIP REQUEST or CANCEL) attached to a convocation: the person's
 * calendar adds the appointment, updates it when it is moved (same UID, higher SEQUENCE) and
 * removes it when it is cancelled.
 */
final class CalendarInvite {
  static final String CONTENT_TYPE_REQUEST = "text/calendar; charset=UTF-8; method=REQUEST";
  static final String CONTENT_TYPE_CANCEL = "text/calendar; charset=UTF-8; method=CANCEL";
  static final String FILE_NAME = "rendez-vous.ics";

  record Event(
      String uid,
      int sequence,
      Instant start,
      Instant end,
      String summary,
      String location,
      String description,
      String organizer,
      String attendee) {}

  private CalendarInvite() {}

  static byte[] request(Event e, Instant now) {
    return write(e, false, now);
  }

  static byte[] cancel(Event e, Instant now) {
    return write(e, true, now);
  }

  private static byte[] write(Event e, boolean cancel, Instant now) {
    VEvent event = new VEvent(e.start(), e.end(), e.summary());
    event.replace(new DtStamp(now));
    event.add(new Uid(e.uid()));
    event.add(new Sequence(e.sequence()));
    event.add(cancel ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
    if (e.location() != null && !e.location().isBlank()) {
      event.add(new Location(e.location()));
    }
    event.add(new Description(e.description()));
    event.add(new Organizer(URI.create("mailto:" + e.organizer())));
    if (e.attendee() != null) {
      event.add(new Attendee(URI.create("mailto:" + e.attendee())));
    }
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Aiguillage//Rendez-vous//FR"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
    calendar.add(event);
    return calendar.toString().getBytes(StandardCharsets.UTF_8);
  }

  static String contentType(byte[] ics) {
    return new String(ics, StandardCharsets.UTF_8).contains("METHOD:CANCEL")
        ? CONTENT_TYPE_CANCEL
        : CONTENT_TYPE_REQUEST;
  }
}
