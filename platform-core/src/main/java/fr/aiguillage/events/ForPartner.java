package fr.aiguillage.events;

/**
 * An event payload that concerns a partner organisation (a referral to, or an appointment with, one
 * of its structures): besides the outbox, it is appended to that organisation's webhook deliveries.
 * {@code null}: a département's own service, no partner.
 */
public interface ForPartner {
  String partnerOrganisation();
}
