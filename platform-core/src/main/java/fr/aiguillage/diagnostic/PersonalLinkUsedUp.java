package fr.aiguillage.diagnostic;

/**
 * The link has already served: the person's answers were sent (perhaps by another click or tab a
 * moment ago). The message is for the person.
 */
public class PersonalLinkUsedUp extends PersonalLinkRefused {
  static final String MESSAGE =
      "Ce lien a déjà servi : vos réponses ont bien été transmises. Pour les modifier, parlez-en à votre conseiller.";

  public PersonalLinkUsedUp() {
    super(MESSAGE);
  }
}
