package fr.aiguillage.notification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguillage.appointment.AppointmentNotice.Type;
import org.junit.jupiter.api.Test;

class AppointmentNoticesTest {
  @Test
  void aMoveIsANewConvocation() {
    assertThat(AppointmentNotices.kind(Type.CONVOCATION)).isEqualTo(Notification.Kind.CONVOCATION);
    assertThat(AppointmentNotices.kind(Type.MOVED)).isEqualTo(Notification.Kind.CONVOCATION);
    assertThat(AppointmentNotices.kind(Type.REMINDER)).isEqualTo(Notification.Kind.REMINDER);
    assertThat(AppointmentNotices.kind(Type.CANCELLATION))
        .isEqualTo(Notification.Kind.CANCELLATION);
  }

  @Test
  void theSubjectSaysWhatHappenedAndWithWhom() {
    String plie = "PLIE des Ardennes";
    assertThat(AppointmentNotices.subject(Type.CONVOCATION, plie))
        .isEqualTo("Votre premier rendez-vous avec PLIE des Ardennes");
    assertThat(AppointmentNotices.subject(Type.MOVED, plie))
        .isEqualTo("Votre rendez-vous avec PLIE des Ardennes est déplacé");
    assertThat(AppointmentNotices.subject(Type.REMINDER, plie))
        .isEqualTo("Rappel : votre rendez-vous de demain avec PLIE des Ardennes");
    assertThat(AppointmentNotices.subject(Type.CANCELLATION, plie))
        .isEqualTo("Votre rendez-vous avec PLIE des Ardennes est annulé");
  }
}
