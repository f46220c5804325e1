package fr.aiguillage.beneficiary;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Postal address and the INSEE code of the commune (code officiel géographique). */
@Embeddable
public class Address {
  @Column(name = "address_line")
  private String line;

  @Column(name = "address_complement")
  private String complement;

  @Column(name = "postal_code")
  private String postalCode;

  @Column(name = "commune_name")
  private String communeName;

  @Column(name = "commune_insee")
  private String communeInsee;

  protected Address() {}

  public Address(
      String line, String complement, String postalCode, String communeName, String communeInsee) {
    this.line = line;
    this.complement = complement;
    this.postalCode = postalCode;
    this.communeName = communeName;
    this.communeInsee = communeInsee;
  }

  public String line() {
    return line;
  }

  public String complement() {
    return complement;
  }

  public String postalCode() {
    return postalCode;
  }

  public String communeName() {
    return communeName;
  }

  public String communeInsee() {
    return communeInsee;
  }
}
