package com.excellentbanking.statements.pdf;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Sizes of the images a page draws, read from their dictionaries without decoding them.
 *
 * <p>
 * PDFBox decodes an image's whole stream before drawing it, even when it then subsamples,
 * so a few kilobytes of compressed pixels declaring 20,000 x 20,000 would take gigabytes
 * of heap. The renderer is only let near a page once its images are known to be of a sane
 * size.
 */
final class EmbeddedImages {

	/** Form XObjects nest; more than this many on one page is not a statement. */
	static final int MAX_OBJECTS = 10_000;

	private EmbeddedImages() {
	}

	/**
	 * Pixels of the largest image in the page's resources, form XObjects included (a scan
	 * is often wrapped in one).
	 */
	static long largestPixels(PDPage page) {
		long largest = 0;
		Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<COSDictionary> resources = new ArrayDeque<>();
		// getResources() takes resources inherited from the page tree into account.
		if (page.getResources() != null) {
			resources.add(page.getResources().getCOSObject());
		}
		while (!resources.isEmpty() && seen.size() < MAX_OBJECTS) {
			COSDictionary xObjects = resources.poll().getCOSDictionary(COSName.XOBJECT);
			if (xObjects == null) {
				continue;
			}
			for (COSName name : xObjects.keySet()) {
				COSBase value = xObjects.getDictionaryObject(name);
				if (!(value instanceof COSStream stream) || !seen.add(stream)) {
					continue;
				}
				if (COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
					long width = Math.max(0, stream.getInt(COSName.WIDTH, COSName.W, 0));
					long height = Math.max(0, stream.getInt(COSName.HEIGHT, COSName.H, 0));
					largest = Math.max(largest, width * height);
				}
				else if (stream.getCOSDictionary(COSName.RESOURCES) != null) {
					resources.add(stream.getCOSDictionary(COSName.RESOURCES));
				}
			}
		}
		return largest;
	}

}
