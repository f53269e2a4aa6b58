using BudgetGraph.GraphQL.Language;

namespace BudgetGraph.GraphQL.Validation;

/// <summary>Creates a rule's visitor for one validation of one document.</summary>
public delegate ValidationVisitor ValidationRule(ValidationContext context);

/// <summary>
/// The visitor of one validation rule. All rules of a validation share ONE traversal of the document: the
/// walker calls every rule's <see cref="Enter"/> before a node's children and <see cref="Leave"/> after
/// them, with <see cref="Context"/> describing the node's position (type information, ancestors).
/// Returning <see cref="VisitorAction.Skip"/> from <see cref="Enter"/> hides the node's subtree (and the
/// node's <see cref="Leave"/>) from this rule only; <see cref="VisitorAction.Break"/> ends this rule's visit.
/// </summary>
public abstract class ValidationVisitor
{
    /// <summary>Binds the visitor to the validation it takes part in.</summary>
    protected ValidationVisitor(ValidationContext context) => Context = context;

    /// <summary>The validation this visitor reports to.</summary>
    protected ValidationContext Context { get; }

    /// <summary>Called before a node's children.</summary>
    public virtual VisitorAction Enter(Node node) => VisitorAction.Continue;

    /// <summary>Called after a node's children (unless this visitor skipped the node).</summary>
    public virtual VisitorAction Leave(Node node) => VisitorAction.Continue;

    /// <summary>Reports an error at the given nodes.</summary>
    protected void Report(string message, params Node[] nodes) => Context.ReportError(new GraphQLError(message, nodes));
}
