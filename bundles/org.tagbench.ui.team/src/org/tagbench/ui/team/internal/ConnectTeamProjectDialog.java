package org.tagbench.ui.team.internal;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.tagbench.ui.team.TeamLogin;

/** Asks for a team login: server URL, user, password, project; says what is wrong before OK is enabled. */
public final class ConnectTeamProjectDialog extends TitleAreaDialog {

	private final TeamLogin initial;
	private final String initialPassword;
	private Text url;
	private Text user;
	private Text password;
	private Text project;
	private Button remember;
	private TeamLogin login;
	private String typedPassword;
	private boolean rememberPassword;

	/** @param initial the last login (or null), @param initialPassword its saved password (or null) */
	public ConnectTeamProjectDialog(Shell parent, TeamLogin initial, String initialPassword) {
		super(parent);
		this.initial = initial;
		this.initialPassword = initialPassword;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Connect to Team Project");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle("Connect to a team project on a PostgreSQL server");
		setMessage("Your database user is your labeler name. The password is kept in secure storage.");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
		url = field(fields, "Server &URL:", initial != null ? initial.url() : "jdbc:postgresql://localhost:5432/labeling", 0);
		user = field(fields, "&User:", initial != null ? initial.user() : System.getProperty("user.name", ""), 0);
		password = field(fields, "&Password:", initialPassword != null ? initialPassword : "", SWT.PASSWORD);
		project = field(fields, "Pro&ject:", initial != null ? initial.project() : "", 0);
		new Label(fields, SWT.NONE);
		remember = new Button(fields, SWT.CHECK);
		remember.setText("&Remember the password in secure storage");
		remember.setSelection(true);
		return area;
	}

	private Text field(Composite parent, String label, String value, int style) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER | SWT.SINGLE | style);
		text.setText(value);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
		text.addListener(SWT.Modify, event -> validate());
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText("Connect");
		validate();
	}

	/** What is wrong with the fields, or null. */
	String problem() {
		if (!url.getText().trim().startsWith("jdbc:postgresql://")) {
			return "The server URL is a PostgreSQL JDBC URL: jdbc:postgresql://host:port/database";
		}
		if (url.getText().contains("password=")) {
			return "Type the password in its own field, not in the URL";
		}
		if (user.getText().isBlank()) {
			return "Give your database user";
		}
		if (!project.getText().trim().matches("[a-z][a-z0-9_]{0,39}")) {
			return "The project is its name on the server: lower case letters, digits and '_'";
		}
		return null;
	}

	private void validate() {
		if (getButton(IDialogConstants.OK_ID) == null) {
			return;
		}
		String problem = problem();
		setErrorMessage(problem);
		getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
	}

	@Override
	protected void okPressed() {
		login = new TeamLogin(url.getText().trim(), user.getText().trim(), project.getText().trim());
		typedPassword = password.getText();
		rememberPassword = remember.getSelection();
		super.okPressed();
	}

	public TeamLogin login() {
		return login;
	}

	public String password() {
		return typedPassword;
	}

	public boolean rememberPassword() {
		return rememberPassword;
	}

	/** The dialog's button of {@code id} (tests press Connect through it). */
	public Button getButtonForTest(int id) {
		return getButton(id);
	}

	public Text urlText() {
		return url;
	}

	public Text userText() {
		return user;
	}

	public Text passwordText() {
		return password;
	}

	public Text projectText() {
		return project;
	}
}
