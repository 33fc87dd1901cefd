using System.Text;

namespace Infra.Stacks.Cli.Secrets;

/// <summary>A line typed at the terminal without echo (a secret): Enter ends it, Backspace deletes, Ctrl+C aborts.</summary>
public static class HiddenInput
{
    public static string? Read(string prompt)
    {
        Console.Error.Write(prompt);
        var text = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            switch (key.Key)
            {
                case ConsoleKey.Enter:
                    Console.Error.WriteLine();
                    return text.ToString();
                case ConsoleKey.Backspace when text.Length > 0:
                    text.Length--;
                    break;
                default:
                    if (!char.IsControl(key.KeyChar))
                    {
                        text.Append(key.KeyChar);
                    }

                    break;
            }
        }
    }
}
