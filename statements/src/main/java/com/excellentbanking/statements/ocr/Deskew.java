package com.excellentbanking.statements.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Straightens a scanned page before OCR: tilted text lines cut through Tesseract's line
 * finding and through the layout engine's baselines.
 *
 * <p>
 * The skew is the angle at which the ink's horizontal projection profile is sharpest:
 * along the true text direction ink piles up in a few rows (the lines) with empty rows
 * between them, so the sum of squared row counts peaks there.
 */
public final class Deskew {

	/** Largest tilt looked for, in degrees; beyond it the page is probably turned. */
	static final double MAX_ANGLE = 5;

	/** Tilts smaller than this are left alone (rotation blurs a little). */
	static final double MIN_CORRECTION = 0.15;

	private Deskew() {
	}

	/**
	 * The tilt of the text lines in degrees, positive when they run down to the right.
	 */
	public static double angle(BufferedImage gray) {
		double factor = Math.min(1, 1000.0 / gray.getWidth());
		BufferedImage small = (factor < 1) ? PageImages.scale(gray, factor) : gray;
		int width = small.getWidth();
		int height = small.getHeight();
		byte[] pixels = ((DataBufferByte) small.getRaster().getDataBuffer()).getData();
		int count = 0;
		int[] xs = new int[Math.min(pixels.length, 400_000)];
		int[] ys = new int[xs.length];
		int step = Math.max(1, pixels.length / xs.length);
		for (int i = 0; i < pixels.length && count < xs.length; i += step) {
			if ((pixels[i] & 0xFF) < PageImages.INK) {
				xs[count] = i % width;
				ys[count] = i / width;
				count++;
			}
		}
		if (count < 100) {
			return 0;
		}
		double best = 0;
		double bestScore = score(xs, ys, count, height, width, 0);
		for (double a = -MAX_ANGLE; a <= MAX_ANGLE + 1e-9; a += 0.25) {
			double s = score(xs, ys, count, height, width, a);
			if (s > bestScore) {
				bestScore = s;
				best = a;
			}
		}
		double coarse = best;
		for (double a = coarse - 0.25; a <= coarse + 0.25 + 1e-9; a += 0.05) {
			double s = score(xs, ys, count, height, width, a);
			if (s > bestScore) {
				bestScore = s;
				best = a;
			}
		}
		return best;
	}

	private static double score(int[] xs, int[] ys, int count, int height, int width, double degrees) {
		double t = Math.tan(Math.toRadians(degrees));
		int offset = (int) Math.ceil(Math.abs(t) * width) + 1;
		long[] rows = new long[height + 2 * offset + 1];
		for (int i = 0; i < count; i++) {
			int row = (int) Math.round(ys[i] - xs[i] * t) + offset;
			rows[row]++;
		}
		double sum = 0;
		for (long r : rows) {
			sum += (double) r * r;
		}
		return sum;
	}

	/** The page turned back by its tilt, on a white background. */
	public static BufferedImage straighten(BufferedImage gray, double degrees) {
		if (Math.abs(degrees) < MIN_CORRECTION) {
			return gray;
		}
		BufferedImage out = new BufferedImage(gray.getWidth(), gray.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = out.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, out.getWidth(), out.getHeight());
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.rotate(-Math.toRadians(degrees), gray.getWidth() / 2.0, gray.getHeight() / 2.0);
		g.drawImage(gray, 0, 0, null);
		g.dispose();
		return out;
	}

}
