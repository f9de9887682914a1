package org.tagbench.tools.modelgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Runs the EMF GenModel code generator headlessly (plain Java, no OSGi, no Eclipse workspace), the way
 * "Reload" and "Generate Model Code" + "Generate Edit Code" do in the Eclipse IDE.
 *
 * <p>Usage: {@code GenerateModel <path/to/model.genmodel>}. The genmodel must live in
 * {@code bundles/<bundle>/model/}; every folder of {@code bundles/} is mapped to
 * {@code platform:/resource/<folder>/}, so the genmodel's {@code /org.tagbench.model/src-gen} style
 * directories land in the right bundle.
 *
 * <p>Steps: load the genmodel and its Ecore model; reconcile it with the Ecore model (drops what the
 * Ecore model no longer has, adds what is new) and save it back; validate it; generate model and edit
 * code. Existing Java files are merged with JMerger (JDT), so members marked {@code @generated NOT}
 * keep their hand-written bodies, and {@code @generated} members are rewritten. Exit code 1 on any
 * error.
 */
public final class GenerateModel {

	private GenerateModel() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			System.err.println("usage: GenerateModel <path/to/model.genmodel>");
			System.exit(2);
		}
		Path genModelPath = Path.of(args[0]).toAbsolutePath().normalize();
		Path bundles = genModelPath.getParent().getParent().getParent();
		mapBundlesAsPlatformResources(bundles);

		EcorePackage.eINSTANCE.eClass();
		GenModelPackage.eINSTANCE.eClass();
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);

		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
		Resource resource = resourceSet.getResource(URI.createFileURI(genModelPath.toString()), true);
		GenModel genModel = (GenModel) resource.getContents().get(0);

		// Reconcile with the Ecore model, like the IDE's "Reload": drop stale Gen* elements, add new ones.
		genModel.reconcile();
		List<EPackage> ePackages = new ArrayList<>();
		for (GenPackage genPackage : genModel.getGenPackages()) {
			ePackages.add(genPackage.getEcorePackage());
		}
		genModel.initialize(ePackages);
		resource.save(null);
		System.out.println("Reconciled and saved " + genModelPath);

		Diagnostic validation = genModel.diagnose();
		report("GenModel validation", validation);
		if (validation.getSeverity() == Diagnostic.ERROR) {
			System.exit(1);
		}

		genModel.setCanGenerate(true);
		Generator generator = new Generator();
		generator.setInput(genModel);
		int worst = Diagnostic.OK;
		for (String projectType : new String[] { GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
				GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE }) {
			Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor.Printing(System.out));
			report("Generate " + projectType, result);
			worst = Math.max(worst, result.getSeverity());
		}
		if (worst == Diagnostic.ERROR) {
			System.exit(1);
		}
		System.out.println("Done. Model code: " + genModel.getModelDirectory() + ", edit code: " + genModel.getEditDirectory());
	}

	private static void mapBundlesAsPlatformResources(Path bundles) throws IOException {
		try (Stream<Path> folders = Files.list(bundles)) {
			folders.filter(Files::isDirectory).forEach(folder -> EcorePlugin.getPlatformResourceMap()
					.put(folder.getFileName().toString(), URI.createFileURI(folder.toString() + "/")));
		}
	}

	private static void report(String what, Diagnostic diagnostic) {
		String[] severities = { "OK", "INFO", "WARNING", "", "ERROR", "", "", "", "CANCEL" };
		System.out.println(what + ": " + severities[Math.min(diagnostic.getSeverity(), 8)]);
		print(diagnostic, "  ");
	}

	private static void print(Diagnostic diagnostic, String indent) {
		for (Diagnostic child : diagnostic.getChildren()) {
			if (child.getSeverity() != Diagnostic.OK) {
				System.out.println(indent + child.getMessage());
				if (child.getException() != null) {
					child.getException().printStackTrace(System.out);
				}
			}
			print(child, indent + "  ");
		}
	}
}
