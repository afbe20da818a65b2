package com.excellentbanking.server.storage;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BlobUrlSignerTest {

	private static final byte[] SECRET = new byte[32];

	static {
		Arrays.fill(SECRET, (byte) 7);
	}

	private final BlobUrlSigner signer = new BlobUrlSigner(SECRET, "https://eb.example.com/");

	private final Instant expires = Instant.ofEpochSecond(1_800_000_000L);

	@Test
	void putUrlPointsAtTheServiceAndCarriesTheSignedFields() {
		BlobGrant grant = BlobGrant.put("uploads", "user_id=1/file_id=2/a.pdf", this.expires, "application/pdf");

		URI url = this.signer.url(grant);

		assertThat(url.toString()).startsWith("https://eb.example.com/blobs/uploads/user_id=1/file_id=2/a.pdf"
				+ "?method=PUT&expires=1800000000&ct=application%2Fpdf&signature=");
		assertThat(url.toString()).endsWith("signature=" + this.signer.signature(grant));
	}

	@Test
	void getUrlEncodesTheDownloadName() {
		BlobGrant grant = BlobGrant.get("excel", "dashboard_id=4/combined_merged.xlsx", this.expires, "Jan & Feb.xlsx");

		assertThat(this.signer.url(grant).getRawQuery())
			.startsWith("method=GET&expires=1800000000&filename=Jan%20%26%20Feb.xlsx&signature=");
	}

	@Test
	void everySignedFieldChangesTheSignature() {
		BlobGrant grant = new BlobGrant("PUT", "uploads", "k/a.pdf", 100, "application/pdf", null);
		String signature = this.signer.signature(grant);

		assertThat(this.signer.isAuthentic(grant, signature)).isTrue();
		assertThat(this.signer.isAuthentic(new BlobGrant("GET", "uploads", "k/a.pdf", 100, "application/pdf", null),
				signature))
			.isFalse();
		assertThat(this.signer.isAuthentic(new BlobGrant("PUT", "excel", "k/a.pdf", 100, "application/pdf", null),
				signature))
			.isFalse();
		assertThat(this.signer.isAuthentic(new BlobGrant("PUT", "uploads", "k/b.pdf", 100, "application/pdf", null),
				signature))
			.isFalse();
		assertThat(this.signer.isAuthentic(new BlobGrant("PUT", "uploads", "k/a.pdf", 101, "application/pdf", null),
				signature))
			.isFalse();
		assertThat(
				this.signer.isAuthentic(new BlobGrant("PUT", "uploads", "k/a.pdf", 100, "text/html", null), signature))
			.isFalse();
		assertThat(this.signer.isAuthentic(new BlobGrant("PUT", "uploads", "k/a.pdf", 100, "application/pdf", "x.pdf"),
				signature))
			.isFalse();
		assertThat(this.signer.isAuthentic(grant, null)).isFalse();
	}

	@Test
	void fieldsCannotBeShiftedIntoEachOther() {
		BlobGrant typeWithNewline = new BlobGrant("GET", "uploads", "k", 100, "a\nb", null);
		BlobGrant splitAcrossFields = new BlobGrant("GET", "uploads", "k", 100, "a", "b");

		assertThat(this.signer.signature(typeWithNewline)).isNotEqualTo(this.signer.signature(splitAcrossFields));
	}

	@Test
	void anotherSecretGivesAnotherSignature() {
		BlobGrant grant = new BlobGrant("GET", "uploads", "k", 100, null, "a.csv");
		byte[] otherSecret = SECRET.clone();
		otherSecret[0] = 8;

		assertThat(new BlobUrlSigner(otherSecret, "https://eb.example.com").isAuthentic(grant,
				this.signer.signature(grant)))
			.isFalse();
	}

}
