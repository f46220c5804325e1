package fr.aiguillage.ui.beneficiary;

import fr.aiguillage.beneficiary.BeneficiaryDraft;
import fr.aiguillage.beneficiary.Civility;
import fr.aiguillage.beneficiary.HouseholdRole;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/** What the form edits: a mutable mirror of {@link BeneficiaryDraft}, with enums for the lists. */
public class BeneficiaryFormBean implements Serializable {
  private Civility civility;
  private String lastName;
  private String birthName;
  private String firstNames;
  private LocalDate birthDate;
  private String cafNumber;
  private HouseholdRole householdRole;
  private String nir;
  private String email;
  private String phone;
  private String addressLine;
  private String addressComplement;
  private String postalCode;
  private String communeName;
  private String communeInsee;
  private UUID territoryId;
  private LocalDate rsaClaimDate;
  private LocalDate rightsAndDutiesStart;

  public static BeneficiaryFormBean from(BeneficiaryDraft d) {
    BeneficiaryFormBean b = new BeneficiaryFormBean();
    b.civility = d.civility() == null ? null : Civility.valueOf(d.civility());
    b.lastName = d.lastName();
    b.birthName = d.birthName();
    b.firstNames = d.firstNames();
    b.birthDate = d.birthDate();
    b.cafNumber = d.cafNumber();
    b.householdRole = d.householdRole() == null ? null : HouseholdRole.valueOf(d.householdRole());
    b.nir = d.nir();
    b.email = d.email();
    b.phone = d.phone();
    b.addressLine = d.addressLine();
    b.addressComplement = d.addressComplement();
    b.postalCode = d.postalCode();
    b.communeName = d.communeName();
    b.communeInsee = d.communeInsee();
    b.territoryId = d.territoryId();
    b.rsaClaimDate = d.rsaClaimDate();
    b.rightsAndDutiesStart = d.rightsAndDutiesStart();
    return b;
  }

  /** The draft to send; an empty text becomes "not given". */
  public BeneficiaryDraft toDraft() {
    return new BeneficiaryDraft(
        civility == null ? null : civility.name(),
        blankToNull(lastName),
        blankToNull(birthName),
        blankToNull(firstNames),
        birthDate,
        blankToNull(cafNumber),
        householdRole == null ? null : householdRole.name(),
        blankToNull(nir),
        blankToNull(email),
        blankToNull(phone),
        blankToNull(addressLine),
        blankToNull(addressComplement),
        blankToNull(postalCode),
        blankToNull(communeName),
        blankToNull(communeInsee),
        territoryId,
        rsaClaimDate,
        rightsAndDutiesStart);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public Civility getCivility() {
    return civility;
  }

  public void setCivility(Civility civility) {
    this.civility = civility;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getBirthName() {
    return birthName;
  }

  public void setBirthName(String birthName) {
    this.birthName = birthName;
  }

  public String getFirstNames() {
    return firstNames;
  }

  public void setFirstNames(String firstNames) {
    this.firstNames = firstNames;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public String getCafNumber() {
    return cafNumber;
  }

  public void setCafNumber(String cafNumber) {
    this.cafNumber = cafNumber;
  }

  public HouseholdRole getHouseholdRole() {
    return householdRole;
  }

  public void setHouseholdRole(HouseholdRole householdRole) {
    this.householdRole = householdRole;
  }

  public String getNir() {
    return nir;
  }

  public void setNir(String nir) {
    this.nir = nir;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getAddressLine() {
    return addressLine;
  }

  public void setAddressLine(String addressLine) {
    this.addressLine = addressLine;
  }

  public String getAddressComplement() {
    return addressComplement;
  }

  public void setAddressComplement(String addressComplement) {
    this.addressComplement = addressComplement;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public void setPostalCode(String postalCode) {
    this.postalCode = postalCode;
  }

  public String getCommuneName() {
    return communeName;
  }

  public void setCommuneName(String communeName) {
    this.communeName = communeName;
  }

  public String getCommuneInsee() {
    return communeInsee;
  }

  public void setCommuneInsee(String communeInsee) {
    this.communeInsee = communeInsee;
  }

  public UUID getTerritoryId() {
    return territoryId;
  }

  public void setTerritoryId(UUID territoryId) {
    this.territoryId = territoryId;
  }

  public LocalDate getRsaClaimDate() {
    return rsaClaimDate;
  }

  public void setRsaClaimDate(LocalDate rsaClaimDate) {
    this.rsaClaimDate = rsaClaimDate;
  }

  public LocalDate getRightsAndDutiesStart() {
    return rightsAndDutiesStart;
  }

  public void setRightsAndDutiesStart(LocalDate rightsAndDutiesStart) {
    this.rightsAndDutiesStart = rightsAndDutiesStart;
  }
}
